"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { siteUrl } from "@/lib/platform/site-url";
import { coachOf } from "../commands/access";
import { suggestPlace, takePlaceForClient } from "../commands/places";
import { placeForClientSchema } from "../schema";


/** Sends the client a link to a place to help. */
export const suggestPlaceAction = defineAction({
  permission: "trajectory:manage",
  schema: placeForClientSchema,
  run: ({ input, user }) => suggestPlace(getDb(), { coach: coachOf(user), ...input, baseUrl: siteUrl() }),
  changed: () => changed.personal("/coach"),
  message: () => "De deelnemer krijgt een bericht met de plek.",
});

/** Takes a place in the client's name, as the client would. */
export const takePlaceForClientAction = defineAction({
  permission: "trajectory:manage",
  schema: placeForClientSchema,
  run: ({ input, user }) => takePlaceForClient(getDb(), { coach: coachOf(user), ...input, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.meedoen(result),
  message: () => "De deelnemer is aangemeld. De gastheer of gastvrouw zegt ja of nee.",
});
