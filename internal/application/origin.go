package application

import "context"

type originKey struct{}

// WithOrigin marks ctx as a request made through origin (page for the web UI), which the timeline
// events of notes, contacts, interviews, reminders and documents record.
func WithOrigin(ctx context.Context, origin string) context.Context {
	return context.WithValue(ctx, originKey{}, origin)
}

// originOf is the origin ctx was marked with, api when none.
func originOf(ctx context.Context) string {
	if o, ok := ctx.Value(originKey{}).(string); ok && clientOrigins[o] {
		return o
	}
	return OriginAPI
}
