import { z } from "zod";

const CHECK = "Dit is niet goed ingevuld. Kijk het na.";

/**
 * Plain Dutch for every check that has no message of its own, so zod's English defaults never
 * reach a resident (a field sent as the wrong type by a broken or hostile client, for example).
 * Messages written in the schemas themselves always win over these.
 */
z.config({
  customError: (issue) => {
    const text = issue.origin === "string";
    if (issue.code === "too_big") return text ? "Dit is te lang. Maak het korter." : "Dit getal is te groot.";
    if (issue.code === "too_small") return text ? "Vul dit in." : "Dit getal is te klein.";
    return CHECK;
  },
});
