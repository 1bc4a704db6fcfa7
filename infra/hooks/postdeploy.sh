#!/usr/bin/env bash
# azd postdeploy hook: subscribes SplitPage, EnrichArticle and PublishFeed to BlobCreated events of
# their containers by deploying infra/app/event-subscriptions.bicep. It runs after the code is
# deployed because the webhook needs the blobs extension key, which the host creates on its first
# start. The key stays inside Azure Resource Manager (the template lists it); this script never sees it.
set -euo pipefail

: "${AZURE_SUBSCRIPTION_ID:?run this hook through azd (azd up or azd deploy)}"
: "${AZURE_RESOURCE_GROUP:?missing azd output AZURE_RESOURCE_GROUP; run azd provision}"
: "${AZURE_FUNCTION_APP_NAME:?missing azd output AZURE_FUNCTION_APP_NAME; run azd provision}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?missing azd output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME; run azd provision}"
: "${AZURE_STORAGE_ACCOUNT_NAME:?missing azd output AZURE_STORAGE_ACCOUNT_NAME; run azd provision}"

if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required to create the Event Grid subscriptions (see docs/deploy.md)." >&2
  exit 1
fi
if ! az account show --subscription "$AZURE_SUBSCRIPTION_ID" --output none 2>/dev/null; then
  echo "postdeploy: the Azure CLI is not signed in to subscription $AZURE_SUBSCRIPTION_ID; run 'az login' and then 'azd deploy'." >&2
  exit 1
fi

template="$(cd "$(dirname "${BASH_SOURCE[0]}")/../app" && pwd)/event-subscriptions.bicep"

echo "Waiting for the blobs extension key of $AZURE_FUNCTION_APP_NAME..."
ready=false
for _ in $(seq 1 36); do
  if [ "$(az functionapp keys list --subscription "$AZURE_SUBSCRIPTION_ID" --resource-group "$AZURE_RESOURCE_GROUP" \
      --name "$AZURE_FUNCTION_APP_NAME" --query 'systemKeys.blobs_extension != null' --output tsv 2>/dev/null)" = "true" ]; then
    ready=true
    break
  fi
  sleep 5
done
if [ "$ready" != true ]; then
  echo "postdeploy: the host has not created its blobs_extension key after 3 minutes; check the app's logs, then run 'azd deploy' again." >&2
  exit 1
fi

echo "Subscribing the blob-triggered functions to Event Grid..."
az deployment group create \
  --subscription "$AZURE_SUBSCRIPTION_ID" \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name event-subscriptions \
  --template-file "$template" \
  --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
    storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" \
  --output none

echo "Event Grid delivers BlobCreated events of pages/, drafts/ and articles/ to the functions."
