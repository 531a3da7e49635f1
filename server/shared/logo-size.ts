/**
 * The largest logo the booth keeps, shared by the server's check and the console, which shrinks any picture below it
 * before it sends it (a logo is a header, not a poster). It keeps the upload, in base64, inside the API's 64 kB body.
 */
export const maxLogoBytes = 40 * 1024;
