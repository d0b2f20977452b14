#!/usr/bin/env bash
# Deploys one image to the cluster of the current kubectl context, in the order the runbook gives:
# migrate (the Job must complete), then roll out api and worker (rollout status waits for /health/ready).
#   deploy/k8s/rollout.sh ghcr.io/career-copilot/copilot:v0.2.0   (or an @sha256: digest)
# Used by .github/workflows/ci.yaml; see docs/runbooks/deployment-and-rollback.md.
set -euo pipefail
image=${1:?usage: rollout.sh IMAGE}
ns=${NAMESPACE:-career-copilot}
cd "$(dirname "$0")"

# An overlay on this directory that pins the image (a tag or an @sha256: digest).
name=${image%@*}
pin="newTag: latest"
if [[ "$image" == *@* ]]; then
  pin="digest: ${image#*@}"
elif [[ "${image##*/}" == *:* ]]; then
  name=${image%:*}
  pin="newTag: ${image##*:}"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - $PWD
images:
  - name: ghcr.io/career-copilot/copilot
    newName: $name
    $pin
YAML

kubectl apply -f namespace.yaml -f configmap.yaml
kubectl -n "$ns" get secret copilot-secrets >/dev/null || { echo "rollout: create the copilot-secrets Secret first (secret.example.yaml)" >&2; exit 1; }

kubectl -n "$ns" delete job copilot-migrate --ignore-not-found --wait=true
kubectl apply -k "$work" --selector app.kubernetes.io/component=migrate
if ! kubectl -n "$ns" wait --for=condition=complete --timeout=300s job/copilot-migrate; then
  kubectl -n "$ns" logs job/copilot-migrate --tail=50 >&2 || true
  echo "rollout: migration failed; nothing else was changed" >&2
  exit 1
fi
kubectl -n "$ns" logs job/copilot-migrate --tail=5

kubectl apply -k "$work"
kubectl -n "$ns" rollout status deploy/copilot-api --timeout=5m
kubectl -n "$ns" rollout status deploy/copilot-worker --timeout=5m
echo "rollout: $image is live in $ns"
