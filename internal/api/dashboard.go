package api

import "net/http"

func (a *API) dashboard(w http.ResponseWriter, r *http.Request) error {
	d, err := a.d.Alerting.Analytics.Dashboard(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}
