import { LinkButton } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Deze pagina bestaat niet</h1>
      <p>Misschien is de link oud, of is er een tikfout gemaakt.</p>
      <LinkButton href="/">Naar de startpagina</LinkButton>
    </div>
  );
}
