import { formatTimeWithYear } from "@/lib/platform/format";
import { hoursText } from "./hours";
import type { Certificate } from "./queries/own";

/**
 * The facts of the "Ik deed mee" certificate as label and lines: the printed page and the PDF
 * show exactly these, so the check page (the same page) shows nothing more than the paper.
 */
export function certificateRows(certificate: Certificate): [label: string, lines: string[]][] {
  const many = certificate.dates.length > 1;
  return [
    ["Wat", [certificate.task]],
    ...(certificate.forWhat ? [["Voor", [certificate.forWhat]] as [string, string[]]] : []),
    [many ? "Dagen" : "Wanneer", certificate.dates.map((date) => `${formatTimeWithYear(date.startsAt, date.endsAt)}${many ? ` (${hoursText(date.hours)})` : ""}`)],
    [many ? "Uren samen" : "Uren", [hoursText(certificate.totalHours)]],
    ["Samen met", [certificate.hostName]],
    ...(certificate.skills.length > 0 ? [["Wat ging goed", [certificate.skills.join(", ")]] as [string, string[]]] : []),
  ];
}
