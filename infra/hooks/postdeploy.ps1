#!/usr/bin/env pwsh
# azd postdeploy hook (Windows): same as postdeploy.sh. Subscribes SplitPage, EnrichArticle and
# PublishFeed to BlobCreated events of their containers by deploying infra/app/event-subscriptions.bicep,
# once the host has created its blobs extension key. The key stays inside Azure Resource Manager.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

foreach ($name in 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME', 'AZURE_STORAGE_ACCOUNT_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        throw "postdeploy: $name is not set; run this hook through azd (azd up or azd deploy)."
    }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    throw 'postdeploy: the Azure CLI (az) is required to create the Event Grid subscriptions (see docs/deploy.md).'
}
az account show --subscription $env:AZURE_SUBSCRIPTION_ID --output none 2>$null
if ($LASTEXITCODE -ne 0) {
    throw "postdeploy: the Azure CLI is not signed in to subscription $($env:AZURE_SUBSCRIPTION_ID); run 'az login' and then 'azd deploy'."
}

$template = Join-Path $PSScriptRoot '..' 'app' 'event-subscriptions.bicep'

Write-Host "Waiting for the blobs extension key of $($env:AZURE_FUNCTION_APP_NAME)..."
$ready = $false
for ($attempt = 0; $attempt -lt 36 -and -not $ready; $attempt++) {
    $hasKey = az functionapp keys list --subscription $env:AZURE_SUBSCRIPTION_ID --resource-group $env:AZURE_RESOURCE_GROUP `
        --name $env:AZURE_FUNCTION_APP_NAME --query 'systemKeys.blobs_extension != null' --output tsv 2>$null
    $ready = $hasKey -eq 'true'
    if (-not $ready) { Start-Sleep -Seconds 5 }
}
if (-not $ready) {
    throw "postdeploy: the host has not created its blobs_extension key after 3 minutes; check the app's logs, then run 'azd deploy' again."
}

Write-Host 'Subscribing the blob-triggered functions to Event Grid...'
az deployment group create `
    --subscription $env:AZURE_SUBSCRIPTION_ID `
    --resource-group $env:AZURE_RESOURCE_GROUP `
    --name event-subscriptions `
    --template-file $template `
    --parameters "functionAppName=$env:AZURE_FUNCTION_APP_NAME" "systemTopicName=$env:AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" `
        "storageAccountName=$env:AZURE_STORAGE_ACCOUNT_NAME" `
    --output none
if ($LASTEXITCODE -ne 0) { throw 'postdeploy: creating the Event Grid subscriptions failed.' }

Write-Host 'Event Grid delivers BlobCreated events of pages/, drafts/ and articles/ to the functions.'
