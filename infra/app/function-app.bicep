// The Function App on Flex Consumption (FC1): .NET 10 isolated worker, user-assigned identity,
// and identity-based settings for every connection. Settings names match the app's configuration:
// connection "PipelineStorage" (blob triggers), "PublicStorage" (feed, site), section "Language".
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string

@description('URL of the blob container that holds the deployment package.')
param deploymentContainerUrl string
param privateBlobEndpoint string
param privateQueueEndpoint string
param pageEventsQueueName string
param enrichQueueName string
param publishQueueName string
param publicBlobEndpoint string
param languageEndpoint string
param applicationInsightsConnectionString string
param maximumInstanceCount int
param instanceMemoryMB int

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Flex Consumption takes the runtime from functionAppConfig, so no FUNCTIONS_WORKER_RUNTIME here.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // Host storage: leases, keys, blob trigger receipts.
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    AzureWebJobsStorage__blobServiceUri: privateBlobEndpoint
    AzureWebJobsStorage__queueServiceUri: privateQueueEndpoint

    // Queue triggers, the stage queues and the private containers.
    PipelineStorage__credential: 'managedidentity'
    PipelineStorage__clientId: identityClientId
    PipelineStorage__blobServiceUri: privateBlobEndpoint
    PipelineStorage__queueServiceUri: privateQueueEndpoint

    // Read by the triggers' %Storage:…Queue% expressions and by the stages: one source for the names.
    Storage__PageEventsQueue: pageEventsQueueName
    Storage__EnrichQueue: enrichQueueName
    Storage__PublishQueue: publishQueueName

    // feed and site, on the anonymous-read account.
    PublicStorage__credential: 'managedidentity'
    PublicStorage__clientId: identityClientId
    PublicStorage__blobServiceUri: publicBlobEndpoint

    Language__Endpoint: languageEndpoint
    Language__ClientId: identityClientId

    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  }
}

// Deployments go through Entra ID (azd uses a token), so publishing passwords stay off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

output name string = app.name
