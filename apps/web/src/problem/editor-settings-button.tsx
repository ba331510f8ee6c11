import { ActionIcon, Button, Group, Modal, NumberInput, Radio, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  DEFAULT_EDITOR_SETTINGS,
  EDITOR_FONT_SIZE,
  EDITOR_TAB_SIZE,
  KEY_BINDINGS,
  type KeyBindings,
} from '@tryout/contracts';
import { IconSettings } from '@tabler/icons-react';
import { useEditorSettings } from './editor-settings';

const BINDING_LABELS: Record<KeyBindings, { label: string; description: string }> = {
  default: { label: 'Standard', description: 'The usual editor keys' },
  vim: { label: 'Vim', description: 'Normal and insert modes; Esc leaves insert mode' },
  emacs: { label: 'Emacs', description: 'Ctrl-a, Ctrl-e, Ctrl-k and friends' },
};

const inRange = (value: number | string, range: { min: number; max: number }): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;

/** A gear button for the editor's toolbar; opens the editor settings dialog. */
export function EditorSettingsButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const { settings, update, stored, saveState } = useEditorSettings();
  const where =
    stored === 'account'
      ? {
          idle: 'Your account keeps these settings',
          saving: 'Saving…',
          saved: 'Saved to your account',
          error: 'Not saved to your account (server unreachable); kept in this browser',
        }[saveState]
      : 'Saved in this browser; sign in to keep them on every device';

  return (
    <>
      <Tooltip label="Editor settings">
        <ActionIcon
          variant="subtle"
          color="gray"
          size="md"
          aria-label="Editor settings"
          onClick={open}
          data-testid="editor-settings-button"
        >
          <IconSettings size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Modal
        opened={opened}
        onClose={close}
        title="Editor settings"
        size="md"
        closeButtonProps={{ 'aria-label': 'Close editor settings' }}
      >
        <Stack gap="md" data-testid="editor-settings">
          <Group grow align="flex-start">
            <NumberInput
              label="Font size"
              description={`${EDITOR_FONT_SIZE.min}–${EDITOR_FONT_SIZE.max} px`}
              min={EDITOR_FONT_SIZE.min}
              max={EDITOR_FONT_SIZE.max}
              allowDecimal={false}
              allowNegative={false}
              value={settings.fontSize}
              // Out-of-range values while typing wait for blur, where the input clamps them.
              onChange={(value) => inRange(value, EDITOR_FONT_SIZE) && update({ fontSize: value })}
              data-testid="font-size-input"
            />
            <NumberInput
              label="Tab size"
              description={`${EDITOR_TAB_SIZE.min}–${EDITOR_TAB_SIZE.max} columns`}
              min={EDITOR_TAB_SIZE.min}
              max={EDITOR_TAB_SIZE.max}
              allowDecimal={false}
              allowNegative={false}
              value={settings.tabSize}
              onChange={(value) => inRange(value, EDITOR_TAB_SIZE) && update({ tabSize: value })}
              data-testid="tab-size-input"
            />
          </Group>
          <Switch
            label="Indent with tabs"
            description={`Off: indent with ${settings.tabSize} spaces`}
            checked={settings.indentWithTabs}
            onChange={(e) => update({ indentWithTabs: e.currentTarget.checked })}
            data-testid="indent-with-tabs"
          />
          <Radio.Group
            label="Key bindings"
            value={settings.keyBindings}
            onChange={(value) => update({ keyBindings: value as KeyBindings })}
          >
            <Stack gap="xs" mt={6}>
              {KEY_BINDINGS.map((kind) => (
                <Radio
                  key={kind}
                  value={kind}
                  label={BINDING_LABELS[kind].label}
                  description={BINDING_LABELS[kind].description}
                  data-testid={`key-bindings-${kind}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group justify="space-between" wrap="nowrap">
            <Text size="xs" c="dimmed" aria-live="polite" data-testid="editor-settings-state">
              {where}
            </Text>
            <Button variant="default" size="xs" onClick={() => update(DEFAULT_EDITOR_SETTINGS)}>
              Restore defaults
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
