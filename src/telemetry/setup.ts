import type { IncomingMessage, ServerResponse } from 'node:http';
import { metrics } from '@opentelemetry/api';
import type { Logger } from '../logging/logger';
import { METER_NAME, createTelemetry, type Telemetry } from './telemetry';

export interface TelemetryConfig {
  APPLICATIONINSIGHTS_CONNECTION_STRING?: string;
  METRICS_TOKEN?: string;
}

export interface RunningTelemetry {
  telemetry: Telemetry;
  /** Writes the Prometheus exposition (only when metrics are served on /metrics). */
  scrape?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Flushes and stops the exporters. */
  shutdown(): Promise<void>;
}

/**
 * Where the bot's traces and metrics go: to Azure Monitor (Application Insights) when its connection
 * string is set; otherwise metrics can be scraped from GET /metrics when METRICS_TOKEN is set; otherwise
 * nowhere. The SDKs are loaded only when used (the Azure one brings its HTTP instrumentation and tens of
 * MB): a bot without telemetry pays nothing for it.
 */
export async function startTelemetry(config: TelemetryConfig, log: Logger): Promise<RunningTelemetry> {
  if (config.APPLICATIONINSIGHTS_CONNECTION_STRING) {
    const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
    useAzureMonitor({
      azureMonitorExporterOptions: { connectionString: config.APPLICATIONINSIGHTS_CONNECTION_STRING },
      // Requests and their timing; no request or message bodies are ever recorded.
      instrumentationOptions: { http: { enabled: true }, postgreSql: { enabled: true }, azureSdk: { enabled: false }, mongoDb: { enabled: false }, mySql: { enabled: false }, redis: { enabled: false }, redis4: { enabled: false } },
    });
    log.info('telemetry: traces and metrics go to Azure Monitor');
    return { telemetry: createTelemetry(metrics.getMeter(METER_NAME)), shutdown: shutdownAzureMonitor };
  }
  if (config.METRICS_TOKEN) {
    const { MeterProvider } = await import('@opentelemetry/sdk-metrics');
    const { PrometheusExporter } = await import('@opentelemetry/exporter-prometheus');
    const exporter = new PrometheusExporter({ preventServerStart: true });
    const provider = new MeterProvider({ readers: [exporter] });
    log.info('telemetry: metrics served on GET /metrics (bearer METRICS_TOKEN)');
    return {
      telemetry: createTelemetry(provider.getMeter(METER_NAME)),
      scrape: (req, res) => exporter.getMetricsRequestHandler(req, res),
      shutdown: () => provider.shutdown(),
    };
  }
  return { telemetry: createTelemetry(metrics.getMeter(METER_NAME)), shutdown: async () => undefined };
}
