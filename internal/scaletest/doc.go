// Package scaletest proves that several Career Copilot processes on one PostgreSQL and one Redis
// share the work: it builds the real binary, starts two servers and checks from the outside that a
// source is fetched once per interval, periodic tasks run once, an alert is delivered once and rate
// limits are shared. The tests run when COPILOT_TEST_POSTGRES_URL and COPILOT_TEST_REDIS_URL are set,
// skip otherwise, and fail under CI=true when either is missing.
package scaletest
