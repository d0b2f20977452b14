package api

import "net/http"

func (a *API) analyticsPipeline(w http.ResponseWriter, r *http.Request) error {
	p, err := a.d.Alerting.Analytics.Pipeline(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, p)
}

func (a *API) analyticsMarket(w http.ResponseWriter, r *http.Request) error {
	m, err := a.d.Alerting.Analytics.Market(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, m)
}
