import type { Sms } from "@/lib/platform/sms/outbox";
import { fitTitle } from "@/lib/platform/sms/segments";

/** The day after an activity, for a guest who left only a number: the personal link, one segment where the title allows. */
export function feedbackSms(to: string, activityTitle: string, url: string): Sms {
  return { to, text: fitTitle(activityTitle, (title) => `Hoe was ${title}? 3 korte vragen: ${url}`) };
}
