import { BUTTON_STYLES } from "@/components/ui/button";

export function SubmitButton({
  pending,
  children,
  variant = "primary",
  name,
  value,
}: {
  pending: boolean;
  children: React.ReactNode;
  variant?: keyof typeof BUTTON_STYLES;
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" disabled={pending} className={BUTTON_STYLES[variant]} name={name} value={value}>
      {pending ? "Even geduld…" : children}
    </button>
  );
}
