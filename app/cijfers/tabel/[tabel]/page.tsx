import type { Metadata } from "next";
import { FiguresTablePage } from "@/components/stats/figures-table-page";
import { pageMetadata } from "@/lib/reach/metadata";

type Props = {
  params: Promise<{ tabel: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Per request: the public address comes from configuration at run time.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tabel } = await params;
  return pageMetadata({ title: "Cijfers", description: "Een tabel uit de cijfers van Burgers maken Hrl-Nrd, open voor iedereen.", path: `/cijfers/tabel/${encodeURIComponent(tabel)}` });
}

/** One table of the open figures (small counts suppressed), kept by the page cache like /cijfers. */
export default async function PublicTablePage({ params, searchParams }: Props) {
  const { tabel } = await params;
  return <FiguresTablePage tabel={tabel} query={await searchParams} audience="publiek" overview="/cijfers" csvPath="/api/v1/stats.csv" clock />;
}
