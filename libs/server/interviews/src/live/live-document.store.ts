import { LIVE_TEXT_NAME } from '@tryout/contracts';
import * as decoding from 'lib0/decoding';
import type { EntityManager } from 'typeorm';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { InterviewLiveDocumentEntity } from './live-document.entity';
import { InterviewLiveUpdateEntity } from './live-update.entity';

/** Hocuspocus's message type of a Yjs sync message. */
const MESSAGE_SYNC = 0;

/**
 * Rebuilds a live document from Postgres: the compacted state, then every logged update after it.
 * Returns null when the document was never opened (no state, no update).
 */
export async function loadLiveDocument(m: EntityManager, sessionId: string, position: number): Promise<Y.Doc | null> {
  const snapshot = await m.getRepository(InterviewLiveDocumentEntity).findOneBy({ sessionId, position });
  const updates = await m
    .getRepository(InterviewLiveUpdateEntity)
    .createQueryBuilder('u')
    .select(['u.id', 'u.update'])
    .where('u.session_id = :sessionId AND u.position = :position', { sessionId, position })
    .andWhere('u.id > :after', { after: snapshot?.lastUpdateId ?? '0' })
    .orderBy('u.id', 'ASC')
    .getMany();
  if (!snapshot && !updates.length) return null;
  const doc = new Y.Doc();
  if (snapshot) Y.applyUpdate(doc, new Uint8Array(snapshot.state));
  // Updates are independent CRDT operations: their order does not change the result.
  for (const u of updates) Y.applyUpdate(doc, new Uint8Array(u.update));
  return doc;
}

/** The text of a live document as the server last acknowledged it, or null if it was never opened. */
export async function liveDocumentText(m: EntityManager, sessionId: string, position: number): Promise<string | null> {
  const doc = await loadLiveDocument(m, sessionId, position);
  if (!doc) return null;
  const text = doc.getText(LIVE_TEXT_NAME).toJSON();
  doc.destroy();
  return text;
}

/** The server's seed (saved or starter code) under a fixed client id, so replicas seeding at once make the same update. */
export function seedUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1;
  doc.getText(LIVE_TEXT_NAME).insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** The Yjs update inside a raw Hocuspocus message, if it is a sync step 2 or an update (step 1 carries no content). */
export function incomingUpdate(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder); // document name
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== messageYjsSyncStep2 && syncType !== messageYjsUpdate) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null;
  }
}

/** An update that changes nothing (no structs, no deletions): the client's empty sync step 2. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((b) => b === 0);
}
