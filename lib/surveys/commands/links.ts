import crypto from "node:crypto";
import type { DbOrTx } from "@/db/client";
import { surveyLinks } from "@/db/schema";
import { linkHash } from "./answer";

/** A new personal one-time link to the survey: the token goes into the message, only its hash is kept. */
export function issueSurveyLink(tx: DbOrTx, surveyId: number): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(24).toString("base64url");
  const tokenHash = linkHash(token);
  tx.insert(surveyLinks).values({ tokenHash, surveyId }).run();
  return { token, tokenHash };
}

/** Where a personal link opens: it keeps the token in a cookie and goes to the first question. */
export const surveyLinkUrl = (baseUrl: string, surveyId: number, token: string) => `${baseUrl}/vragen/${surveyId}/link/${token}`;
