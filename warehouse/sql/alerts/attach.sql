attach if not exists {file} as flightwatch (read_only); use flightwatch;
