// Package embed computes text embeddings through an OpenAI-compatible
// /v1/embeddings endpoint (OpenAI, Ollama, vLLM, LocalAI, llama.cpp server...),
// and holds the vector helpers hybrid ranking needs.
package embed

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strings"
	"time"
)

// Provider turns texts into vectors, one per text, in order.
type Provider interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
	// Model names the model, so vectors of different models are never compared.
	Model() string
}

// ErrProvider wraps a provider's refusal or malformed answer.
var ErrProvider = errors.New("embed: provider error")

// OpenAI is a client of an OpenAI-compatible embeddings API.
type OpenAI struct {
	URL   string // base URL, e.g. https://api.openai.com or http://localhost:11434
	Name  string // model name
	Key   string // bearer key; empty for local servers
	HTTP  *http.Client
	Batch int // texts per request, default 32
}

// NewOpenAI builds a client with a 30-second timeout.
func NewOpenAI(url, model, key string) *OpenAI {
	return &OpenAI{URL: strings.TrimRight(url, "/"), Name: model, Key: key, HTTP: &http.Client{Timeout: 30 * time.Second}}
}

// Model names the model.
func (o *OpenAI) Model() string { return o.Name }

type request struct {
	Model string   `json:"model"`
	Input []string `json:"input"`
}

type response struct {
	Data []struct {
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	} `json:"data"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// Embed sends the texts in batches and returns their vectors in order.
func (o *OpenAI) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	batch := o.Batch
	if batch <= 0 {
		batch = 32
	}
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += batch {
		vs, err := o.embedBatch(ctx, texts[start:min(start+batch, len(texts))])
		if err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	return out, nil
}

func (o *OpenAI) embedBatch(ctx context.Context, texts []string) ([][]float32, error) {
	body, err := json.Marshal(request{Model: o.Name, Input: texts})
	if err != nil {
		return nil, fmt.Errorf("embed: encode: %w", err)
	}
	url := o.URL
	if !strings.HasSuffix(url, "/v1") {
		url += "/v1"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/embeddings", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("embed: request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if o.Key != "" {
		req.Header.Set("Authorization", "Bearer "+o.Key)
	}
	hc := o.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	res, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("embed: post: %w", err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("embed: read: %w", err)
	}
	var r response
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("%w: HTTP %d, body is not JSON", ErrProvider, res.StatusCode)
	}
	if res.StatusCode != http.StatusOK || r.Error != nil {
		msg := ""
		if r.Error != nil {
			msg = r.Error.Message
		}
		return nil, fmt.Errorf("%w: HTTP %d %s", ErrProvider, res.StatusCode, msg)
	}
	if len(r.Data) != len(texts) {
		return nil, fmt.Errorf("%w: %d vectors for %d texts", ErrProvider, len(r.Data), len(texts))
	}
	out := make([][]float32, len(texts))
	for _, d := range r.Data {
		if d.Index < 0 || d.Index >= len(texts) || out[d.Index] != nil || len(d.Embedding) == 0 {
			return nil, fmt.Errorf("%w: bad vector index %d", ErrProvider, d.Index)
		}
		out[d.Index] = d.Embedding
	}
	return out, nil
}

// Cosine is the cosine similarity of two vectors; 0 when either is empty or their lengths differ.
func Cosine(a, b []float32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	var dot, na, nb float64
	for i := range a {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// Encode packs a vector as little-endian float32s for storage.
func Encode(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

// Decode unpacks a vector stored by Encode.
func Decode(b []byte) ([]float32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("embed: %d bytes is not a float32 vector", len(b))
	}
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v, nil
}

// RRF fuses rankings by reciprocal rank: each id scores Σ 1/(k + rank) over the
// rankings it appears in (rank from 1). The result is best first, ties by id.
func RRF(k float64, rankings ...[]string) []string {
	score := map[string]float64{}
	for _, r := range rankings {
		for i, id := range r {
			score[id] += 1 / (k + float64(i+1))
		}
	}
	out := make([]string, 0, len(score))
	for id := range score {
		out = append(out, id)
	}
	sortByScore(out, score)
	return out
}
