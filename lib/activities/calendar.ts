import { createEvents, type EventAttributes } from "ics";

export type CalendarActivity = {
  id: number;
  title: string;
  description: string;
  address: string;
  wijkName: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
};

function eventOf(activity: CalendarActivity, baseUrl: string): EventAttributes {
  return {
    uid: `activiteit-${activity.id}@burgersmaken-hrl-nrd`,
    start: activity.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: activity.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: activity.title,
    description: activity.description || undefined,
    location: `${activity.address}, ${activity.wijkName}`,
    url: `${baseUrl}/activiteiten/${activity.id}`,
    status: activity.cancelled ? "CANCELLED" : "CONFIRMED",
  };
}

/** An iCalendar file with one or more activities, made with the `ics` library. */
export function calendarFile(items: CalendarActivity[], baseUrl: string): string {
  const { error, value } = createEvents(
    items.map((item) => eventOf(item, baseUrl)),
    { productId: "burgersmaken-hrl-nrd/activiteiten", calName: "Activiteiten Burgers maken Hrl-Nrd" },
  );
  if (error || value === null) throw error ?? new Error("Empty calendar");
  return value;
}
