import { errorBodySchema } from '../../../src/contract/common';
import { API_BASE, ApiError } from './client';

/**
 * POSTs a CSV file with upload progress (fetch cannot report it, XMLHttpRequest can). The file goes as
 * its bytes: the server tells the encoding from them (Excel writes Windows-1252, UTF-8 or UTF-16), which
 * text read in the browser would already have lost. Failures become an {@link ApiError} like every other
 * call, so the bad rows in `details.rows` reach the form.
 *
 * @example
 * await uploadCsv(wsPath(ws, '/measures/import'), file, (share) => setProgress(share));
 */
export function uploadCsv(path: string, file: Blob, onProgress: (share: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${API_BASE}${path}`);
    // No charset: the bytes are the file's, in whatever encoding it has.
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress(1);
    request.onerror = () => reject(new ApiError(0, 'network', 'The server cannot be reached'));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) return resolve(body);
      const parsed = errorBodySchema.safeParse(body);
      if (parsed.success) {
        const { code, message, details } = parsed.data.error;
        return reject(new ApiError(request.status, code, message, details ?? {}));
      }
      reject(new ApiError(request.status, `http_${request.status}`, request.statusText || 'Request failed'));
    };
    request.send(file);
  });
}
