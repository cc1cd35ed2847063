/** The longest e-mail address there is (RFC 5321): every form that asks one shows and checks it. */
export const EMAIL_MAX = 254;
