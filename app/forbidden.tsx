import { LinkButton } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Hier heeft u geen toegang</h1>
      <p>Deze pagina is voor medewerkers. Met uw account kunt u haar niet openen.</p>
      <LinkButton href="/">Naar de startpagina</LinkButton>
    </div>
  );
}
