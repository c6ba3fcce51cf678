/**
 * The browser host's secret for one run: it prints its address with the token in the query
 * (`http://127.0.0.1:PORT/?token=…`, as Jupyter does), the page takes it from there and sends
 * it on every API call in a header. Any local process can forge an Origin header; only the
 * one who was shown the address knows the token.
 */
export const HOST_TOKEN_PARAM = 'token'
export const HOST_TOKEN_HEADER = 'x-axisref-token'
