import type { Locator, Page } from "@playwright/test";

/** What a person types into the sign-up form of an activity; left out means left as it is. */
export type Signup = {
  name?: string;
  email?: string;
  phone?: string;
  partySize?: number | string;
  notes?: string;
  /** Ticked unless false. */
  consent?: boolean;
};

type SubmitLabel = "Aanmelden" | "Zet mij op de wachtlijst";

/** The sign-up form on an activity's page, by its labels as a resident reads them. */
export class SignupForm {
  readonly name: Locator;
  readonly email: Locator;
  readonly phone: Locator;
  readonly partySize: Locator;
  readonly notes: Locator;
  readonly consent: Locator;
  /** The answer after a sign-up that went through. */
  readonly status: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByLabel("Uw naam");
    this.email = page.getByLabel("Uw e-mailadres");
    this.phone = page.getByLabel("Uw mobiele nummer");
    this.partySize = page.getByLabel("Met hoeveel personen komt u?");
    this.notes = page.getByLabel(/^Wilt u nog iets laten weten\?/);
    this.consent = page.getByLabel(/Ik vind het goed/);
    this.status = page.getByRole("status");
  }

  /** The message under a field, e.g. errorOf("partySize"). */
  errorOf(field: keyof Signup): Locator {
    return this.page.locator(`#${field}-error`);
  }

  async fill(signup: Signup): Promise<void> {
    const texts: [Locator, string | number | undefined][] = [
      [this.name, signup.name],
      [this.email, signup.email],
      [this.phone, signup.phone],
      [this.partySize, signup.partySize],
      [this.notes, signup.notes],
    ];
    for (const [field, value] of texts) if (value !== undefined) await field.fill(String(value));
    await this.consent.setChecked(signup.consent ?? true);
  }

  /** Sends the form; when the activity is full the button says "Zet mij op de wachtlijst". */
  async submit(label: SubmitLabel = "Aanmelden"): Promise<void> {
    await this.page.getByRole("button", { name: label }).click();
  }

  async signUp(signup: Signup, label?: SubmitLabel): Promise<void> {
    await this.fill(signup);
    await this.submit(label);
  }
}
