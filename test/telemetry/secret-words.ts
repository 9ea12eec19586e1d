/** Words the telemetry test writes in a message and then looks for in what reached the ingestion endpoint. */
export const SECRET_WORDS = 'Priya from payroll needs this before the audit';
