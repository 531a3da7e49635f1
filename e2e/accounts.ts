/** The demo accounts the e2e server is started with (through the same variables an operator would set). */
export const e2eAccounts = {
  organiser: { email: "olivia@e2e.test", password: "olivia-e2e-pass" },
  barista: { email: "bruno@e2e.test", password: "bruno-e2e-pass" },
};
