import Image from "next/image";

export interface GalleryPhoto {
  storageKey: string;
  altText: string;
  width: number;
  height: number;
}

/**
 * A proposal's photos, each with the description its author wrote. The files were re-encoded and
 * sized on upload, so they are served as they are rather than through the image optimiser.
 */
export function PhotoGallery({ photos }: { photos: readonly GalleryPhoto[] }) {
  if (photos.length === 0) return null;
  return (
    <ul className="my-6 grid gap-3 sm:grid-cols-2" aria-label="Photos">
      {photos.map((photo) => (
        <li key={photo.storageKey}>
          <Image
            src={`/photos/${photo.storageKey}`}
            alt={photo.altText}
            width={photo.width}
            height={photo.height}
            unoptimized
            sizes="(min-width: 640px) 50vw, 100vw"
            className="h-auto w-full rounded-md border border-stone-300 bg-white"
          />
        </li>
      ))}
    </ul>
  );
}
