// Azure AI Language for enrichment (language, key phrases, entities, sentiment, summaries).
// Entra ID only: a custom subdomain is what makes token auth possible, and local (key) auth is off.
param name string
param location string
param tags object

@allowed(['F0', 'S'])
param sku string

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: { name: sku }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = language.name
output endpoint string = language.properties.endpoint
