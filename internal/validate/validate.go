// Package validate collects field errors so that a request is refused whole, with one entry per bad field.
package validate

import (
	"errors"
	"strings"
)

// FieldError is one problem with one input field, named by its JSON path ("salary_floor.currency").
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Errors is a list of field errors; it is an error when not empty.
type Errors []FieldError

// ErrInvalid is matched by every Errors value with errors.Is.
var ErrInvalid = errors.New("validation failed")

func (e Errors) Error() string {
	parts := make([]string, len(e))
	for i, f := range e {
		parts[i] = f.Field + ": " + f.Message
	}
	return "validation failed: " + strings.Join(parts, "; ")
}

// Is makes errors.Is(err, ErrInvalid) true.
func (e Errors) Is(target error) bool { return target == ErrInvalid }

// Add records a problem with a field.
func (e *Errors) Add(field, message string) {
	*e = append(*e, FieldError{Field: field, Message: message})
}

// Err returns nil when there is no problem, else the errors.
func (e Errors) Err() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

// Malformed reports a body that could not be decoded at all (bad JSON, unknown field, wrong type).
type Malformed struct{ Errors }

func (m Malformed) Error() string { return "malformed request: " + m.Errors.Error() }

// Is makes errors.Is(err, ErrMalformed) true.
func (m Malformed) Is(target error) bool { return target == ErrMalformed }

// ErrMalformed is matched by every Malformed value.
var ErrMalformed = errors.New("malformed request")
