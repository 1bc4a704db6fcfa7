// One Event Grid subscription per blob-triggered container, delivering BlobCreated events to the
// blobs extension webhook. Deployed by infra/hooks/postdeploy after `azd deploy`: the webhook key
// (systemKeys.blobs_extension) exists only once the host has started with the code. The key is read
// here, inside Azure Resource Manager, so it never passes through the shell or the azd outputs.
targetScope = 'resourceGroup'

param functionAppName string
param systemTopicName string

@description('The private account, whose dead-letter container keeps events that could not be delivered.')
param storageAccountName string

// Created by storage-private.bicep; the topic's identity may write there (rbac.bicep).
var deadLetterContainerName = 'deadletter'

// Must match the functions' [BlobTrigger("<container>/{name}")] (checked by Serverless.Functions.Tests).
var triggers = [
  { functionName: 'SplitPage', container: 'pages' }
  { functionName: 'EnrichArticle', container: 'drafts' }
  { functionName: 'PublishFeed', container: 'articles' }
]

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

// Microsoft.Web/sites/host has no Bicep type definition, so its keys are listed by resource id.
var blobsExtensionKey = listKeys('${app.id}/host/default', '2024-11-01').systemKeys.blobs_extension

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource subscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = [
  for trigger in triggers: {
    parent: topic
    name: toLower(trigger.functionName)
    properties: {
      destination: {
        endpointType: 'WebHook'
        properties: {
          endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${trigger.functionName}&code=${blobsExtensionKey}'
          maxEventsPerBatch: 1
        }
      }
      filter: {
        includedEventTypes: ['Microsoft.Storage.BlobCreated']
        subjectBeginsWith: '/blobServices/default/containers/${trigger.container}/'
      }
      eventDeliverySchema: 'EventGridSchema'
      retryPolicy: {
        maxDeliveryAttempts: 30
        eventTimeToLiveInMinutes: 1440
      }
      // After a day of failed deliveries the event is kept, not dropped: re-upload or replay from there.
      deadLetterWithResourceIdentity: {
        identity: { type: 'SystemAssigned' }
        deadLetterDestination: {
          endpointType: 'StorageBlob'
          properties: {
            resourceId: storage.id
            blobContainerName: deadLetterContainerName
          }
        }
      }
    }
  }
]

output subscriptionNames string[] = [for (trigger, i) in triggers: subscriptions[i].name]
