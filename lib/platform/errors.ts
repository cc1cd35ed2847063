export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid"
  | "conflict"
  | "rate_limited";

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  rate_limited: 429,
};

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  unauthenticated: "Log eerst in.",
  forbidden: "Dit mag u niet doen met uw account.",
  not_found: "Dit bestaat niet (meer).",
  invalid: "Er klopt iets niet. Kijk de velden na.",
  conflict: "Dit is net veranderd. Laad de pagina opnieuw.",
  rate_limited: "U heeft dit te vaak geprobeerd. Probeer het over een uur opnieuw.",
};

/** The one error type of the app: a code, a Dutch message for the user, an HTTP status. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string = DEFAULT_MESSAGE[code],
  ) {
    super(`${code}: ${userMessage}`);
    this.status = STATUS[code];
  }
}

/** A refusal that belongs to one form field, so the form can show it at that field. */
export class FieldRefusal extends AppError {
  constructor(
    readonly field: string,
    message: string,
    code: ErrorCode = "invalid",
  ) {
    super(code, message);
  }
}
