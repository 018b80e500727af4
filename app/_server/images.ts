import "server-only";
import sharp from "sharp";

export type PhotoType = "image/jpeg" | "image/png" | "image/webp";

/** A photo the person should change, with words they can act on. */
export class PhotoRejected extends Error {}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

/**
 * The image type from a file's first bytes. The name and the browser's declared type are
 * whatever the sender says; the bytes are what a decoder will actually be handed.
 */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  // RIFF····WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

export const MAX_PHOTO_EDGE = 1600;
// A decompression bomb (a small file that decodes to gigapixels) is refused before decoding.
const MAX_INPUT_PIXELS = 60_000_000;

const sharpFormat: Record<PhotoType, string> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" };

export interface EncodedPhoto {
  bytes: Uint8Array;
  contentType: "image/webp";
  extension: "webp";
  width: number;
  height: number;
}

/**
 * Decodes and re-encodes a photo: turned upright from its EXIF orientation, then every piece of
 * metadata (the phone's GPS position above all) dropped, shrunk to fit 1600 px and saved as WebP.
 * Re-encoding also means the bytes served back were written by us, not by the uploader.
 */
export async function reencodePhoto(input: Uint8Array): Promise<EncodedPhoto> {
  const type = sniffPhotoType(input);
  if (!type) throw new PhotoRejected("That file is not a JPEG, PNG or WebP photo. Choose a photo in one of those formats.");
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
    const metadata = await image.metadata();
    if (metadata.format !== sharpFormat[type]) throw new PhotoRejected("That file is not a JPEG, PNG or WebP photo.");
    const { data, info } = await image
      .rotate()
      .resize({ width: MAX_PHOTO_EDGE, height: MAX_PHOTO_EDGE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: "image/webp", extension: "webp", width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof PhotoRejected) throw error;
    throw new PhotoRejected("We could not read that photo: it may be damaged or too large. Try another JPEG, PNG or WebP photo.");
  }
}
