// E2E_PORT lets two checkouts run their suites side by side; the publisher site sits 40 above it.
export const DESK_PORT = Number(process.env.E2E_PORT ?? 3100);
export const PUBLISHER_PORT = DESK_PORT + 40;
