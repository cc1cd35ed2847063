import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { PHONE_MAX } from "@/lib/activities/fields";

type FieldProps = { name: string; defaultValue?: string };

type Props = {
  /** register() plus the typed value, from useServerForm's `field`. */
  field: (name: "email" | "phone") => FieldProps;
  errorOf: (name: string) => string | undefined;
  /** A buurtwerker fills it in for a resident: "de bewoner" instead of "u". */
  forResident?: boolean;
};

/** E-mail address or mobile number: one of the two is enough. Without an address we send text messages. */
export function ContactFields({ field, errorOf, forResident = false }: Props) {
  const hints = {
    email: forResident
      ? "Heeft de bewoner geen e-mail? Laat dit dan leeg en vul het mobiele nummer in."
      : "Heeft u geen e-mail? Laat dit dan leeg en vul uw mobiele nummer in.",
    phone: forResident
      ? "Zonder e-mailadres krijgt de bewoner een sms met een code om af te melden. Bijvoorbeeld 06 12345678."
      : "Zonder e-mailadres krijgt u een sms met een code om af te melden. Bijvoorbeeld 06 12345678.",
  };
  const emailError = errorOf("email");
  const phoneError = errorOf("phone");
  return (
    <div className="space-y-3">
      <p className="font-semibold">Vul een e-mailadres of een mobiel nummer in. Een van de twee is genoeg.</p>
      <Field id="email" label={forResident ? "E-mailadres van de bewoner" : "Uw e-mailadres"} hint={hints.email} error={emailError}>
        <input {...field("email")} {...fieldA11y("email", emailError, hints.email)} type="email" autoComplete={forResident ? "off" : "email"} className={INPUT_STYLES} />
      </Field>
      <PhoneField field={field} error={phoneError} label={forResident ? "Mobiel nummer van de bewoner" : "Uw mobiele nummer"} hint={hints.phone} autoComplete={forResident ? "off" : "tel"} />
    </div>
  );
}

type PhoneProps = { field: (name: "phone") => FieldProps; error: string | undefined; label: string; hint: string; autoComplete?: "off" | "tel" };

/** A Dutch mobile number ("phone"): where the text messages go. */
export function PhoneField({ field, error, label, hint, autoComplete = "tel" }: PhoneProps) {
  return (
    <Field id="phone" label={label} hint={hint} error={error}>
      <input {...field("phone")} {...fieldA11y("phone", error, hint)} type="tel" autoComplete={autoComplete} maxLength={PHONE_MAX + 10} className={INPUT_STYLES} />
    </Field>
  );
}
