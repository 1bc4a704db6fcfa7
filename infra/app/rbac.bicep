// Data-plane roles, each scoped to the one resource it is for (never the group or subscription).
// Names are guid(scope, principal, role) so that re-provisioning is idempotent.
param identityPrincipalId string
param privateStorageName string
param publicStorageName string
param languageName string
param applicationInsightsName string
param eventGridPrincipalId string
param deadLetterContainerName string
param pageEventsQueueName string

@description('Developer running azd (may upload pages and call Language from a local run). Empty to skip.')
param userPrincipalId string = ''
param userPrincipalType string = 'User'

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  storageQueueDataMessageSender: 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a' // Storage Queue Data Message Sender
  languageReader: '7628b7b8-a8b2-4cdc-b46f-e9b35248918e' // Cognitive Services Language Reader (runs prebuilt analyze-text)
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb' // Monitoring Metrics Publisher
}

resource privateStorage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: privateStorageName
}

resource publicStorage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: publicStorageName
}

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' existing = {
  name: '${privateStorage.name}/default/${deadLetterContainerName}'
}

resource pageEventsQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' existing = {
  name: '${privateStorage.name}/default/${pageEventsQueueName}'
}

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: languageName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Owner, not Contributor: the private account is also AzureWebJobsStorage, and the Functions host
// needs Owner there (leases, keys, blob trigger receipts). It also serves the deployment package.
resource appPrivateBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(privateStorage.id, identityPrincipalId, roles.storageBlobDataOwner)
  scope: privateStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The stage queues: triggers read and delete, stages send the next message, poison queues fill.
resource appPrivateQueues 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(privateStorage.id, identityPrincipalId, roles.storageQueueDataContributor)
  scope: privateStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Writes feed/rss.xml and site pages.
resource appPublicBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(publicStorage.id, identityPrincipalId, roles.storageBlobDataContributor)
  scope: publicStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Language Reader allows the prebuilt analyze-text calls (sync and jobs) but not listing keys, unlike
// Cognitive Services User (a97b65f3-24c7-4388-baec-2e87135dc908), which would also work.
resource appLanguage 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(language.id, identityPrincipalId, roles.languageReader)
  scope: language
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.languageReader)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Telemetry ingestion with Entra ID (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identityPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The Event Grid system topic dead-letters undeliverable events into this one container only.
resource eventGridDeadLetters 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deadLetterContainer.id, eventGridPrincipalId, roles.storageBlobDataContributor)
  scope: deadLetterContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: eventGridPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Event Grid delivers BlobCreated and BlobDeleted events of pages/ into this one queue only.
resource eventGridPageEvents 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(pageEventsQueue.id, eventGridPrincipalId, roles.storageQueueDataMessageSender)
  scope: pageEventsQueue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataMessageSender)
    principalId: eventGridPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The developer uploads pages and reads articles and error records with `az storage blob ... --auth-mode login`.
resource userPrivateBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(userPrincipalId)) {
  name: guid(privateStorage.id, userPrincipalId, roles.storageBlobDataContributor)
  scope: privateStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}

resource userLanguage 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(userPrincipalId)) {
  name: guid(language.id, userPrincipalId, roles.languageReader)
  scope: language
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.languageReader)
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}
