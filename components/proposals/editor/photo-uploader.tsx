"use client";

import Image from "next/image";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import { photoContentTypes, proposalLimits } from "@/lib/proposals/proposal-validation";
import type { EditorAction, EditorPhoto, FieldErrors } from "./editor-values";

export type AddPhoto = EditorAction<EditorPhoto>;
export type RemovePhoto = EditorAction<{ photoId: string }>;

/**
 * Up to three photos, each sent on its own as soon as it is chosen and described, so a slow
 * connection only ever has one photo in flight. The server checks, re-encodes and stores it.
 */
export function PhotoUploader({
  proposalId,
  photos,
  errors,
  addPhoto,
  removePhoto,
  onPhotosChange,
}: {
  proposalId: string | null;
  photos: EditorPhoto[];
  errors: FieldErrors;
  addPhoto: AddPhoto;
  removePhoto: RemovePhoto;
  onPhotosChange: (photos: EditorPhoto[]) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState("");
  const [uploadErrors, setUploadErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const full = photos.length >= proposalLimits.photos;

  const upload = () => {
    if (!proposalId) return;
    const problems: FieldErrors = {};
    if (!file) problems.photo = ["Choose a photo to upload"];
    else if (file.size > proposalLimits.photoBytes) problems.photo = ["Photos must be 8 MB or smaller"];
    else if (file.type && !(photoContentTypes as readonly string[]).includes(file.type)) problems.photo = ["Photos must be JPEG, PNG or WebP images"];
    if (alt.trim() === "") problems.alt = ["Describe this photo for people who cannot see it"];
    setUploadErrors(problems);
    if (!file || Object.keys(problems).length > 0) return;
    const data = new FormData();
    data.set("proposalId", proposalId);
    data.set("alt", alt);
    data.set("photo", file);
    setMessage("Uploading your photo…");
    startTransition(async () => {
      try {
        const result = await addPhoto(null, data);
        if (result.ok) {
          onPhotosChange([...photos, result.data]);
          setFile(null);
          setAlt("");
          if (fileInput.current) fileInput.current.value = "";
          setMessage("Photo added.");
        } else {
          setUploadErrors(result.fieldErrors);
          setMessage(result.message);
        }
      } catch {
        setMessage(
          navigator.onLine === false
            ? "You seem to be offline, so the photo has not been sent yet. Choose Upload photo again when you are back."
            : "We could not send that photo. Check your connection and try again, or choose a smaller photo.",
        );
      }
    });
  };

  const remove = (photo: EditorPhoto, position: number) => {
    if (!proposalId) return;
    startTransition(async () => {
      try {
        const result = await removePhoto(null, formOf({ proposalId, photoId: photo.id }));
        if (result.ok) {
          onPhotosChange(photos.filter((p) => p.id !== photo.id));
          setMessage(`Photo ${position + 1} removed.`);
        } else setMessage(result.message);
      } catch {
        setMessage("You seem to be offline, so the photo was not removed. Try again when you are back.");
      }
    });
  };

  return (
    <section aria-labelledby="photos-heading" className="mb-6">
      <h2 id="photos-heading" className="text-xl font-bold">
        Photos (optional)
      </h2>
      <p className="mb-3 mt-1 text-sm text-muted">Up to three JPEG, PNG or WebP photos, 8 MB each. We remove location details hidden in photos before showing them.</p>
      {photos.length > 0 ? (
        <ol className="mb-4 grid gap-3">
          {photos.map((photo, index) => (
            <li key={photo.id} className="rounded-md border border-stone-300 bg-white p-3">
              {/* The description is the text box right below, read with its label; here the thumbnail only shows which photo it is. */}
              <Image src={photo.url} alt="" width={photo.width} height={photo.height} unoptimized className="mb-2 h-32 w-auto rounded" />
              <TextArea
                id={`photo-${photo.id}-alt`}
                label={`Description of photo ${index + 1}`}
                hint="What the photo shows, for people who cannot see it."
                rows={2}
                maxLength={proposalLimits.altMax}
                value={photo.alt}
                error={errors[`photos.${index}.alt`]}
                onChange={(event) => onPhotosChange(photos.map((p) => (p.id === photo.id ? { ...p, alt: event.target.value } : p)))}
              />
              <Button variant="quiet" disabled={pending} onClick={() => remove(photo, index)}>
                Remove photo {index + 1}
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      {!proposalId ? (
        <p className="rounded-md border border-stone-300 bg-stone-100 p-3 text-sm">
          You can add photos once your draft is saved: give your idea a title, a theme and a neighbourhood first.
        </p>
      ) : full ? (
        <p className="text-sm text-muted">That is three photos, the most one idea can have. Remove one to add another.</p>
      ) : (
        <fieldset className="rounded-md border border-stone-300 bg-white p-3">
          <legend className="px-1 font-semibold">Add a photo</legend>
          <TextField
            ref={fileInput}
            id="photo"
            label="Photo"
            type="file"
            accept={photoContentTypes.join(",")}
            error={uploadErrors.photo}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <TextField id="alt" label="Describe the photo" hint="For example: “Volunteers fixing bikes outside the library”." maxLength={proposalLimits.altMax} value={alt} error={uploadErrors.alt} onChange={(event) => setAlt(event.target.value)} />
          <Button variant="secondary" disabled={pending} aria-disabled={pending} onClick={upload}>
            {pending ? "Uploading…" : "Upload photo"}
          </Button>
        </fieldset>
      )}
      <p role="status" className="mt-2 text-sm">
        {message}
      </p>
    </section>
  );
}

function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
