// A Node service's use of the catalog package: one log line per failed request, in the operator's
// language, with no bundler, no React and no i18next instance. Prints one line per language.
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { format } from '@exchange-errors/core';

const body =
  process.argv[2] ??
  `{"code":-1102,"msg":"Mandatory parameter 'quantity' was not sent, was empty/null, or malformed."}`;

for (const lng of ['en', 'zh-CN']) {
  const error = format(binanceOptionsEager, body, { lng });
  console.log(
    `[${lng}] POST /eapi/v1/order failed: ${error.code} ${error.name} (${error.category}, retryable: ${error.retryable}): ${error.title}: ${error.message}`,
  );
}
