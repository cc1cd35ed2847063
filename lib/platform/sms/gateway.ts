const TIMEOUT_MS = 10_000;

/**
 * One text message to an HTTP SMS gateway: POST JSON {to, text}, with SMS_TOKEN as bearer token
 * when set. Any answer other than 2xx is a failure, and the outbox tries again later.
 */
export async function sendToGateway(url: string, token: string | null, sms: { to: string; text: string }): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ to: sms.to, text: sms.text }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
}
