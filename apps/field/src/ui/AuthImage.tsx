import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { Icon } from './Icon.tsx';

/** A server attachment shown as an image: fetched with the bearer token (an <img src> has none). */
export function AuthImage({ id }: { id: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    api(`/api/v1/attachments/${id}`)
      .then(async (response) => {
        if (!response.ok || !live) return;
        objectUrl = URL.createObjectURL(await response.blob());
        setUrl(objectUrl);
      })
      .catch(() => undefined); // offline: the placeholder stays
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [id]);
  return url ? (
    <img src={url} alt="" />
  ) : (
    <div className="photo-sent">
      <Icon name="photos" size={32} />
    </div>
  );
}
