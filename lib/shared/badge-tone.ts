/** The tones a status badge can take; each vocabulary maps its codes onto these. */
export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";
