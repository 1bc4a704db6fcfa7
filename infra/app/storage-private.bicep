// The pipeline's own account: uploaded pages, drafts, articles, cache, error records,
// plus the Functions host's storage and the deployment package. Nothing here is public.
param name string
param location string
param tags object

@description('Days a deleted blob or container can be restored.')
param softDeleteDays int = 14

var pipelineContainers = ['pages', 'drafts', 'articles', 'cache', 'errors']
// The stage hand-offs (StorageOptions in Serverless.Publishing), each with the poison queue its trigger fills.
var stageQueues = ['page-events', 'enrich-page', 'publish-page']
var deploymentContainerName = 'app-package'
// Events that Event Grid could not deliver to the app within its retry window (see event-subscriptions.bicep).
var deadLetterContainerName = 'deadletter'

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // An accidental delete or overwrite of a page loses nothing for softDeleteDays.
    deleteRetentionPolicy: { enabled: true, days: softDeleteDays }
    containerDeleteRetentionPolicy: { enabled: true, days: softDeleteDays }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = [
  for container in concat(pipelineContainers, [deploymentContainerName, deadLetterContainerName]): {
    parent: blobService
    name: container
    properties: { publicAccess: 'None' }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2024-01-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = [
  for queue in concat(stageQueues, map(stageQueues, q => '${q}-poison')): {
    parent: queueService
    name: queue
  }
]

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output deploymentContainerName string = deploymentContainerName
output deadLetterContainerName string = deadLetterContainerName
output pageEventsQueueName string = stageQueues[0]
output enrichQueueName string = stageQueues[1]
output publishQueueName string = stageQueues[2]
