import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "People's Plan",
    short_name: "People's Plan",
    description: "Plan your area's economy together: propose, pledge, discuss and vote.",
    start_url: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#11412d",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
