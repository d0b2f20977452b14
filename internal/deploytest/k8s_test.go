package deploytest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/config"
)

const k8sDir = "deploy/k8s"

// k8sObjects parses every manifest in deploy/k8s, keyed by file name.
func k8sObjects(t *testing.T) map[string][]map[string]any {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoFile(t, k8sDir), "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests in %s: %v", k8sDir, err)
	}
	out := map[string][]map[string]any{}
	for _, f := range files {
		name := filepath.Base(f)
		docs := yamlDocs(t, k8sDir+"/"+name)
		for _, d := range docs {
			if name != "kustomization.yaml" && (str(d, "apiVersion") == "" || str(d, "kind") == "" || str(d, "metadata", "name") == "") {
				t.Errorf("%s: a document lacks apiVersion, kind or metadata.name", name)
			}
		}
		out[name] = docs
	}
	return out
}

// byKind returns the objects of one kind, keyed by metadata.name.
func byKind(objs map[string][]map[string]any, kind string) map[string]map[string]any {
	got := map[string]map[string]any{}
	for _, docs := range objs {
		for _, d := range docs {
			if str(d, "kind") == kind {
				got[str(d, "metadata", "name")] = d
			}
		}
	}
	return got
}

func knownEnv() map[string]bool {
	m := map[string]bool{}
	for _, s := range config.Settings {
		m[s.Env] = true
	}
	return m
}

func TestK8sKustomizationListsEveryManifestButTheSecretExample(t *testing.T) {
	objs := k8sObjects(t)
	k := objs["kustomization.yaml"][0]
	var listed []string
	for _, r := range list(k, "resources") {
		listed = append(listed, r.(string))
	}
	for name := range objs {
		want := name != "kustomization.yaml" && name != "secret.example.yaml"
		if got := slices.Contains(listed, name); got != want {
			t.Errorf("kustomization resources contain %s = %v, want %v", name, got, want)
		}
	}
	for _, r := range listed {
		if _, ok := objs[r]; !ok {
			t.Errorf("kustomization lists %s, which does not exist", r)
		}
	}
}

func TestK8sDeploymentsHaveProbesResourcesAndRunAsNonRoot(t *testing.T) {
	objs := k8sObjects(t)
	deps := byKind(objs, "Deployment")
	wantRole := map[string]string{"copilot-api": "--role=api", "copilot-worker": "--role=worker"}
	if len(deps) != len(wantRole) {
		t.Fatalf("want Deployments %v, got %d", wantRole, len(deps))
	}
	for name, d := range deps {
		spec, _ := path(d, "spec", "template", "spec")
		if v, _ := path(spec, "securityContext", "runAsNonRoot"); v != true {
			t.Errorf("%s: pod securityContext.runAsNonRoot = %v", name, v)
		}
		cs := list(spec, "containers")
		if len(cs) != 1 {
			t.Fatalf("%s: want one container, got %d", name, len(cs))
		}
		c := cs[0]
		args := list(c, "args")
		if len(args) != 2 || args[0] != "serve" || args[1] != wantRole[name] {
			t.Errorf("%s: args %v, want [serve %s]", name, args, wantRole[name])
		}
		if p := str(c, "livenessProbe", "httpGet", "path"); p != "/health/live" {
			t.Errorf("%s: liveness probe path %q, want /health/live", name, p)
		}
		if p := str(c, "readinessProbe", "httpGet", "path"); p != "/health/ready" {
			t.Errorf("%s: readiness probe path %q, want /health/ready", name, p)
		}
		for _, kind := range []string{"requests", "limits"} {
			for _, res := range []string{"cpu", "memory"} {
				if _, ok := path(c, "resources", kind, res); !ok {
					t.Errorf("%s: resources.%s.%s missing", name, kind, res)
				}
			}
		}
		if v, _ := path(c, "securityContext", "readOnlyRootFilesystem"); v != true {
			t.Errorf("%s: readOnlyRootFilesystem = %v", name, v)
		}
		if v, _ := path(c, "securityContext", "allowPrivilegeEscalation"); v != false {
			t.Errorf("%s: allowPrivilegeEscalation = %v", name, v)
		}
		if p, _ := path(c, "ports", 0, "containerPort"); p != 8000 {
			t.Errorf("%s: containerPort %v, want 8000", name, p)
		}
	}
	if r, _ := path(deps["copilot-api"], "spec", "replicas"); r != 2 {
		t.Errorf("api replicas = %v, want 2", r)
	}
}

// Every container that talks to the database gets its secrets from copilot-secrets, and every
// variable set anywhere (ConfigMap or env) is one the binary actually reads.
func TestK8sEnvironmentIsKnownSettingsWithSecretsFromTheSecret(t *testing.T) {
	objs := k8sObjects(t)
	known := knownEnv()
	for key := range byKind(objs, "ConfigMap")["copilot-config"]["data"].(map[string]any) {
		if !known[key] {
			t.Errorf("ConfigMap key %s is not a setting in internal/config/settings.go", key)
		}
		if slices.Contains([]string{"DATABASE_URL", "JWT_SECRET", "REDIS_URL", "SMTP_PASSWORD"}, key) {
			t.Errorf("ConfigMap holds the secret %s", key)
		}
	}
	workloads := map[string]map[string]any{}
	for n, d := range byKind(objs, "Deployment") {
		workloads[n] = d
	}
	for n, d := range byKind(objs, "Job") {
		workloads[n] = d
	}
	for name, w := range workloads {
		c, _ := path(w, "spec", "template", "spec", "containers", 0)
		if ref := str(c, "envFrom", 0, "configMapRef", "name"); ref != "copilot-config" {
			t.Errorf("%s: envFrom configMapRef %q, want copilot-config", name, ref)
		}
		fromSecret := map[string]bool{}
		for _, e := range list(c, "env") {
			n := str(e, "name")
			if !known[n] {
				t.Errorf("%s: env %s is not a setting", name, n)
			}
			if str(e, "valueFrom", "secretKeyRef", "name") == "copilot-secrets" && str(e, "valueFrom", "secretKeyRef", "key") == n {
				fromSecret[n] = true
			}
			if _, literal := path(e, "value"); literal {
				t.Errorf("%s: env %s has a literal value; use the ConfigMap or the Secret", name, n)
			}
		}
		// config.Validate requires JWT_SECRET whenever DATABASE_URL is PostgreSQL, migrate included.
		for _, want := range []string{"DATABASE_URL", "JWT_SECRET"} {
			if !fromSecret[want] {
				t.Errorf("%s: %s does not come from secretKeyRef copilot-secrets/%s", name, want, want)
			}
		}
	}
	job := byKind(objs, "Job")["copilot-migrate"]
	args := list(job, "spec", "template", "spec", "containers", 0, "args")
	if len(args) != 2 || args[0] != "migrate" || args[1] != "up" {
		t.Errorf("migration job args %v, want [migrate up]", args)
	}
	if p := str(job, "spec", "template", "spec", "restartPolicy"); p != "Never" && p != "OnFailure" {
		t.Errorf("migration job restartPolicy %q", p)
	}
}

func TestK8sSecretExampleHoldsOnlyPlaceholders(t *testing.T) {
	objs := k8sObjects(t)
	s := byKind(objs, "Secret")["copilot-secrets"]
	if s == nil {
		t.Fatal("secret.example.yaml has no copilot-secrets Secret")
	}
	if _, ok := s["data"]; ok {
		t.Error("the example uses base64 data; use readable stringData placeholders")
	}
	for k, v := range s["stringData"].(map[string]any) {
		if sv, _ := v.(string); sv != "" && !strings.Contains(sv, "<") {
			t.Errorf("stringData.%s = %q does not look like a <placeholder>", k, sv)
		}
	}
	raw, err := os.ReadFile(repoFile(t, k8sDir+"/secret.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), "NOT listed in kustomization.yaml") {
		t.Error("secret.example.yaml should say that it is not applied")
	}
}

func TestK8sServiceIngressHPAAndPDBTargetTheAPI(t *testing.T) {
	objs := k8sObjects(t)
	api := byKind(objs, "Deployment")["copilot-api"]
	podLabels, _ := path(api, "spec", "template", "metadata", "labels")
	matches := func(sel any) bool {
		m, ok := sel.(map[string]any)
		if !ok || len(m) == 0 {
			return false
		}
		for k, v := range m {
			if podLabels.(map[string]any)[k] != v {
				return false
			}
		}
		return true
	}
	svc := byKind(objs, "Service")["copilot-api"]
	if sel, _ := path(svc, "spec", "selector"); !matches(sel) {
		t.Errorf("Service selector %v does not select the api pods %v", sel, podLabels)
	}
	if tp := str(svc, "spec", "ports", 0, "targetPort"); tp != "http" {
		t.Errorf("Service targetPort %q, want the named port http", tp)
	}
	ing := byKind(objs, "Ingress")["copilot"]
	if str(ing, "spec", "tls", 0, "secretName") == "" {
		t.Error("Ingress has no TLS secret")
	}
	if b := str(ing, "spec", "rules", 0, "http", "paths", 0, "backend", "service", "name"); b != "copilot-api" {
		t.Errorf("Ingress backend %q, want copilot-api", b)
	}
	hpa := byKind(objs, "HorizontalPodAutoscaler")["copilot-api"]
	if v := str(hpa, "apiVersion"); v != "autoscaling/v2" {
		t.Errorf("HPA apiVersion %q", v)
	}
	if n := str(hpa, "spec", "scaleTargetRef", "name"); n != "copilot-api" {
		t.Errorf("HPA targets %q", n)
	}
	if u, _ := path(hpa, "spec", "metrics", 0, "resource", "target", "averageUtilization"); u != 70 || str(hpa, "spec", "metrics", 0, "resource", "name") != "cpu" {
		t.Errorf("HPA target %v, want CPU 70%%", u)
	}
	pdb := byKind(objs, "PodDisruptionBudget")["copilot-api"]
	if sel, _ := path(pdb, "spec", "selector", "matchLabels"); !matches(sel) {
		t.Errorf("PDB selector %v does not select the api pods", sel)
	}
}
