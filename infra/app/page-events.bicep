// BlobCreated and BlobDeleted events of the pages container go to the page-events queue, where the SplitPage queue trigger reads them.
// A Storage Queue destination needs no webhook and no extension key, so it is provisioned with everything else.
param systemTopicName string
param storageAccountName string
param queueName string
param deadLetterContainerName string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource pagesToQueue 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'pages-to-queue'
  properties: {
    // The topic's identity sends the message (Storage Queue Data Message Sender on this queue, rbac.bicep): no account key.
    deliveryWithResourceIdentity: {
      identity: { type: 'SystemAssigned' }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: storage.id
          queueName: queueName
          // Messages stay until a trigger takes them; the default is 7 days.
          queueMessageTimeToLiveInSeconds: -1
        }
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated', 'Microsoft.Storage.BlobDeleted']
      subjectBeginsWith: '/blobServices/default/containers/pages/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    // After a day of failed deliveries the event is kept, not dropped: replay it from there.
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

output name string = pagesToQueue.name
