targetScope = 'subscription'

// Serverless publishing pipeline on Azure Functions Flex Consumption.
// Everything authenticates with one user-assigned managed identity: no account keys, no connection strings.

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; seeds the unique suffix of every resource name.')
param environmentName string

@minLength(1)
@description('Region for all resources. It must offer Flex Consumption and Azure AI Language.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the user running azd; gets blob access to upload pages. Empty to skip.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal'])
@description('Kind of principal behind principalId.')
param principalType string = 'User'

@allowed(['F0', 'S'])
@description('Language pricing tier: S is pay per text record; F0 is the free tier (one per subscription).')
param languageSku string = 'S'

@minValue(40)
@maxValue(1000)
@description('Upper bound on Flex Consumption instances, which bounds the cost of a burst of uploads.')
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
@description('Memory of each Flex Consumption instance, in MB.')
param instanceMemoryMB int = 2048

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-${resourceToken}'
var eventGridTopicName = 'evgt-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module privateStorage 'app/storage-private.bicep' = {
  name: 'storage-private'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
  }
}

module publicStorage 'app/storage-public.bicep' = {
  name: 'storage-public'
  scope: rg
  params: {
    name: 'stpub${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module language 'app/language.bicep' = {
  name: 'language'
  scope: rg
  params: {
    name: 'lang-${resourceToken}'
    location: location
    tags: tags
    sku: languageSku
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    identityPrincipalId: identity.outputs.principalId
    privateStorageName: privateStorage.outputs.name
    publicStorageName: publicStorage.outputs.name
    languageName: language.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    eventGridPrincipalId: eventGrid.outputs.principalId
    deadLetterContainerName: privateStorage.outputs.deadLetterContainerName
    pageEventsQueueName: privateStorage.outputs.pageEventsQueueName
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module functionApp 'app/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  // The host reads its storage through the identity as soon as it starts, so roles come first.
  dependsOn: [rbac]
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: union(tags, { 'azd-service-name': 'functions' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    deploymentContainerUrl: '${privateStorage.outputs.blobEndpoint}${privateStorage.outputs.deploymentContainerName}'
    privateBlobEndpoint: privateStorage.outputs.blobEndpoint
    privateQueueEndpoint: privateStorage.outputs.queueEndpoint
    pageEventsQueueName: privateStorage.outputs.pageEventsQueueName
    enrichQueueName: privateStorage.outputs.enrichQueueName
    publishQueueName: privateStorage.outputs.publishQueueName
    publicBlobEndpoint: publicStorage.outputs.blobEndpoint
    languageEndpoint: language.outputs.endpoint
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module eventGrid 'app/event-grid.bicep' = {
  name: 'event-grid'
  scope: rg
  params: {
    name: eventGridTopicName
    location: location
    tags: tags
    storageAccountName: privateStorage.outputs.name
  }
}

module pageEvents 'app/page-events.bicep' = {
  name: 'page-events'
  scope: rg
  // Event Grid validates delivery to the queue with its identity when the subscription is created.
  dependsOn: [rbac]
  params: {
    systemTopicName: eventGrid.outputs.name
    storageAccountName: privateStorage.outputs.name
    queueName: privateStorage.outputs.pageEventsQueueName
    deadLetterContainerName: privateStorage.outputs.deadLetterContainerName
  }
}

// Read by azd and docs/deploy.md.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = privateStorage.outputs.name
output AZURE_PUBLIC_STORAGE_ACCOUNT_NAME string = publicStorage.outputs.name
output AZURE_LANGUAGE_ENDPOINT string = language.outputs.endpoint
output FEED_URL string = '${publicStorage.outputs.blobEndpoint}feed/rss.xml'
