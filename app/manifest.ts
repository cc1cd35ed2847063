import type { MetadataRoute } from "next";

/** Lets a resident put the site on the home screen of a phone, with its own icon and colours. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Burgers maken Hrl-Nrd",
    short_name: "Burgers maken",
    description: "Bewoners van Heerlen-Noord maken samen hun buurt mooier. Doe mee met een idee of een activiteit.",
    lang: "nl",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5d3b",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
