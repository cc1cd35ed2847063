/** Why someone signs in, said on the sign-in page, from the page they were on their way to. */
const REASONS: [RegExp, string][] = [
  [/^\/initiatieven\/nieuw(\?|$)/, "Log in om uw idee in te sturen"],
  [/^\/initiatieven\/\d+\/(bewerken|intrekken)(\?|$)/, "Log in om uw idee aan te passen"],
  [/^\/initiatieven\/\d+(\?|#|$)/, "Log in om dit idee te steunen of te reageren"],
  [/^\/activiteiten\/\d+(\?|#|$)/, "Log in om u aan te melden met uw account"],
  [/^\/account(\/|\?|$)/, "Log in om uw account te zien"],
  [/^\/beheer(\/|\?|$)/, "Log in om verder te werken"],
  [/^\/dashboard(\/|\?|$)/, "Log in om het dashboard te zien"],
];

export function signInReason(returnTo: string): string {
  return REASONS.find(([pattern]) => pattern.test(returnTo))?.[1] ?? "Inloggen";
}
