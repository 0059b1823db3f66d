/**
 * Opens a test page in a frame of a fixed size and waits for the report its probe script posts to
 * this window under `key` (`parent.postMessage({ [key]: report })`); the frame is removed after.
 */
export async function frameReport<Report>(src: string, key: string, title: string): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.width = '1024';
  frame.height = '800';
  const reported = new Promise<Report>((resolve) => {
    addEventListener('message', function listen(event: MessageEvent<Record<string, unknown> | null>) {
      if (event.source !== frame.contentWindow || !event.data?.[key]) return;
      removeEventListener('message', listen);
      resolve(event.data[key] as Report);
    });
  });
  frame.src = src;
  document.body.append(frame);
  try {
    return await reported;
  } finally {
    frame.remove();
  }
}
