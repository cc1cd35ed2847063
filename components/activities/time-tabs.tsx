import Link from "next/link";

const TABS = [
  { value: "komend", label: "Binnenkort" },
  { value: "voorbij", label: "Geweest" },
] as const;

/** "Binnenkort | Geweest" as two big links: the current one filled. */
export function TimeTabs({ current, hrefFor }: { current: string; hrefFor: (tijd: string) => string }) {
  return (
    <nav aria-label="Binnenkort of geweest" className="grid grid-cols-2 gap-2">
      {TABS.map((tab) => {
        const selected = current === tab.value;
        return (
          <Link
            key={tab.value}
            href={hrefFor(tab.value)}
            aria-current={selected ? "page" : undefined}
            className={`flex min-h-12 items-center justify-center rounded-lg border-2 border-brand text-lg font-bold no-underline ${selected ? "bg-brand text-white" : "bg-white text-brand"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
